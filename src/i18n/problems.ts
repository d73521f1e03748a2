import { customerLabels, customerUserLabels } from '@/api/labels';
import { type ProblemData, setProblemTranslator } from '@/api/problem';
import { isProblemCode } from '@/api/problem-english';
import { m } from '@/paraglide/messages.js';
import { customerFieldLabel, customerUserFieldLabel } from './field-labels';
import { problemMessages } from './problem-messages';

type Message = (inputs: Record<string, string>) => string;

/** The catalog's message of a code: `email.taken` is `problem_email_taken`. */
function messageOf(code: string): Message | undefined {
  return isProblemCode(code) ? (problemMessages[code] as Message) : undefined;
}

/** A field a problem names (`customerUser.email`), as the form labels it in the language on view. */
function fieldLabel(name: string): string {
  const [entity, field = ''] = name.split('.', 2);
  if (entity === 'customerUser' && Object.hasOwn(customerUserLabels, field))
    return customerUserFieldLabel(field as keyof typeof customerUserLabels);
  if (entity === 'customer' && Object.hasOwn(customerLabels, field))
    return customerFieldLabel(field as keyof typeof customerLabels);
  if (name === 'cell.row') return m.problem_field_cell_row();
  return name;
}

/**
 * A problem of the API (or of the console's own validation) in the language on view, by its code:
 * „Diese E-Mail-Adresse wird bereits … verwendet.“ A code the console does not know says the server's
 * message. `field` (e.g. `customerUser.email`) names the field instead of the problem's `field` param.
 */
export function problemText(problem: ProblemData & { message?: string }, field?: string): string {
  const message = messageOf(problem.code);
  if (!message) return problem.message ?? problem.code;
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(problem.params)) inputs[name] = String(value);
  const named = field ?? inputs.field;
  if (named !== undefined) inputs.field = fieldLabel(named);
  return message(inputs);
}

/**
 * Makes the API's messages (ApiError, the forms' validation) speak the language on view. Runs when this
 * module loads and again at start (startLocale), so the app and its tests have it from the first parse.
 */
export function installProblemTranslator(): void {
  setProblemTranslator(problemText);
}

installProblemTranslator();
