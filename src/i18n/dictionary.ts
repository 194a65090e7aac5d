import type { da } from './da';
import type { Sector, Status } from '../schemas/vocabulary';

/** Every locale must give every key of the Danish dictionary, and only those. */
export type UiDictionary = { readonly [K in keyof typeof da]: string };
export type UiKey = keyof UiDictionary;

/** A vocabulary value without a label in the dictionary is a type error here. */
type SectorKeysExist = `sector.${Sector}` extends UiKey ? true : never;
type StatusKeysExist = `status.${Status}` extends UiKey ? true : never;
export const vocabularyLabelled: [SectorKeysExist, StatusKeysExist] = [true, true];
