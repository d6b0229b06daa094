import { readFindingAnswers, withNumericDates } from '../src/domain/case-file/finding-words';
const f = ['30-day two-lead TENS rental trial in November 2016 with a daily log: used twice a day for 30 minutes'];
console.log(f.map(withNumericDates), readFindingAnswers(f.map(withNumericDates), []).filter(a => a.key === 'tensTrialCompleted'));
