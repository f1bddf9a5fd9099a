import { fieldMessage, isGraphQLRequestError } from "./graphql";

export type FieldErrors<F extends string> = { fieldErrors: Partial<Record<F, string>>; formError: unknown };

/**
 * Splits a mutation error into a message for the input it names (`extensions.field`)
 * and, when it names none of the form's inputs, an error for the whole form.
 */
export function splitFieldError<F extends string>(error: unknown, fields: readonly F[]): FieldErrors<F> {
  const fieldErrors: Partial<Record<F, string>> = {};
  if (!error) return { fieldErrors, formError: null };
  const field = isGraphQLRequestError(error) ? fields.find((name) => name === error.field) : undefined;
  if (field && isGraphQLRequestError(error)) {
    fieldErrors[field] = fieldMessage(error);
    return { fieldErrors, formError: null };
  }
  return { fieldErrors, formError: error };
}
