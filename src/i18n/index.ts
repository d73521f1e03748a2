export { m } from '@/paraglide/messages.js';
export { customerFieldLabel, customerUserFieldLabel, validityLabel } from './field-labels';
export { formatDateTime, formatNumber } from './format';
export { changeLocale, getLocale, type Locale, languageNames, locales, startLocale, useLocale } from './locale';
export { fillSlots, richMessage } from './message-slots';
