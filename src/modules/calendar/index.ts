/** The working-day calendar other modules count time limits with. */
export { addWorkingDays, isWorkingDay, workingDaysBetween, type DayKind, type Holiday } from './domain/working-days.js';
export { DEFAULT_HOLIDAYS } from './domain/default-holidays.js';
export { loadHolidays, seedDefaultHolidays } from './service.js';
