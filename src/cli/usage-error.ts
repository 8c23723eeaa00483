import { AppError, type Bilingual } from '../errors/app-error';

/** Wrong arguments: exit code 2 and the usage text. */
export class UsageError extends AppError {
  constructor(message: Bilingual) {
    super('usage', message);
    this.name = 'UsageError';
  }
}
