import { describe, expect, it } from 'vitest';
import { deadlineStanding } from './deadline-standing';

const due = { dueDate: '2016-11-09', windowDays: 30 };

describe('deadlineStanding', () => {
  it.each([
    ['today', 5, '5 days left'],
    ['today', 1, '1 day left'],
    ['today', 0, 'due today'],
    ['today', -3671, '3671 days overdue'],
    ['decision', 20, 'determination date on time, 20 days before it'],
    ['decision', 0, 'determination date on time'],
    ['decision', -1, 'determination date 1 day after it'],
  ] as const)('measured to %s, %i days to the due date: %s', (measuredTo, daysLeft, text) => {
    expect(deadlineStanding({ ...due, measuredTo, daysLeft })).toBe(text);
  });
});
