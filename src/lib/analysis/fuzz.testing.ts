/**
 * Test helper for property tests: a vocabulary of text pieces written as one string, pieces
 * parted by "|" (spaces inside a piece are kept), so that a fuzz vocabulary reads as a line.
 */
import fc from 'fast-check';

export const pieces = (list: string): fc.Arbitrary<string> => fc.constantFrom(...list.split('|'));
