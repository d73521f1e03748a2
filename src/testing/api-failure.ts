import { ApiError } from '@/api/api-error';

/** The ApiError a request failed with; fails the test when it did not fail, or failed otherwise. */
export async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('The request did not fail.');
}
