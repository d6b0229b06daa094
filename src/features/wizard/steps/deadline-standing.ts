import type { ImrDeadline } from '@/domain/case/derived';

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** Where the case stands against its deadline: a countdown, or how the determination date met it. */
export function deadlineStanding({ measuredTo, daysLeft }: ImrDeadline): string {
  if (measuredTo === 'decision')
    return daysLeft >= 0
      ? `determination date on time${daysLeft > 0 ? `, ${days(daysLeft)} before it` : ''}`
      : `determination date ${days(-daysLeft)} after it`;
  if (daysLeft === 0) return 'due today';
  return daysLeft > 0 ? `${days(daysLeft)} left` : `${days(-daysLeft)} overdue`;
}
