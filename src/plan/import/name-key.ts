/** A body's name as the importer compares names: its comparison key (foldForCompare), trailing punctuation off. */
import { foldForCompare } from '../../text';

export const nameKey = (name: string): string => foldForCompare(name).replace(/[.;:,\s]+$/u, '');
