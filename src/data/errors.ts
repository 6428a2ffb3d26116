/** Thrown when a URL names something the bundle does not have; routes render the 404 view. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found`);
    this.name = 'NotFoundError';
  }
}

/** The data files did not have the shape this build of the app expects. */
export class DataShapeError extends Error {
  constructor(url: string, problem: string) {
    super(`${url}: ${problem}`);
    this.name = 'DataShapeError';
  }
}
