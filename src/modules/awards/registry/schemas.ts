/** Request schemas shared by the registry's JSON and Excel routes. */
import { Type } from 'typebox';
import { AWARD_CODES, SCOPES } from '../domain/types.js';

export const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const AwardCodeSchema = literals(AWARD_CODES);
export const Id = Type.Object({ id: Type.String() });
export const Year = Type.Integer({ minimum: 1945, maximum: 2100 });

export const AwardFilters = {
  q: Type.Optional(Type.String({ maxLength: 100 })),
  unitId: Type.Optional(Type.String()),
  year: Type.Optional(Year),
  yearFrom: Type.Optional(Year),
  yearTo: Type.Optional(Year),
  awardType: Type.Optional(AwardCodeSchema),
  level: Type.Optional(literals(SCOPES)),
  gender: Type.Optional(literals(['male', 'female'] as const)),
  ethnicity: Type.Optional(Type.String({ maxLength: 50 })),
  revoked: Type.Optional(Type.Boolean()),
};

