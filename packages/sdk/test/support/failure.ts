import { expect } from 'chai';
import { DatasetError } from '../../src/model/errors.js';

/** Awaits a load that must fail, and returns its DatasetError (any other outcome fails the test). */
export async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected the load to fail');
}
