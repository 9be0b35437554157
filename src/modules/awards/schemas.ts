import { Type } from 'typebox';
import { IsoDate } from '../../server/schemas.js';
import { AWARD_CODES, COMMENDATION_KINDS, DISCIPLINE_FORMS, RATINGS, SCOPES, SUBJECT_KINDS } from './domain/types.js';

/** TypeBox contracts of the eligibility API, built from the domain's code lists (one source). */
const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));
const Year = Type.Integer({ minimum: 1945, maximum: 2100 });

export const AwardCodeSchema = literals(AWARD_CODES);

export const SubjectSchema = Type.Object({
  kind: literals(SUBJECT_KINDS),
  gender: Type.Optional(Type.Union([Type.Literal('female'), Type.Literal('male')])),
  ratings: Type.Array(Type.Object({ year: Year, rating: literals(RATINGS) }), { maxItems: 100 }),
  titles: Type.Array(Type.Object({ year: Year, awardType: AwardCodeSchema, kind: Type.Optional(literals(COMMENDATION_KINDS)), conferredBy: Type.Optional(Type.String({ maxLength: 300 })) }), { maxItems: 200 }),
  initiatives: Type.Array(Type.Object({
    id: Type.String({ minLength: 1, maxLength: 100 }), year: Year, scope: literals(SCOPES),
    usedFor: Type.Optional(Type.Array(Type.Object({ year: Year, awardType: AwardCodeSchema }), { maxItems: 20 })),
  }), { maxItems: 100 }),
  scienceWorks: Type.Array(Type.Object({ year: Year, scope: literals(SCOPES) }), { maxItems: 100 }),
  disciplines: Type.Array(Type.Object({ form: literals(DISCIPLINE_FORMS), from: IsoDate, to: Type.Optional(IsoDate) }), { maxItems: 50 }),
  underReview: Type.Optional(Type.Boolean()),
  monthsWorked: Type.Optional(Type.Number({ minimum: 0, maximum: 12 })),
  maternityMonths: Type.Optional(Type.Number({ minimum: 0, maximum: 12 })),
  registered: Type.Optional(Type.Boolean()),
  members: Type.Optional(Type.Object({
    total: Type.Integer({ minimum: 0 }), ldtt: Type.Integer({ minimum: 0 }), cstdcs: Type.Integer({ minimum: 0 }),
    completedDuties: Type.Integer({ minimum: 0 }), disciplinedWarningOrAbove: Type.Integer({ minimum: 0 }), women: Type.Integer({ minimum: 0 }),
  })),
  clusterLeader: Type.Optional(Type.Boolean()),
  exceededTargets: Type.Optional(Type.Boolean()),
});

export const CheckBody = Type.Object({
  awardType: AwardCodeSchema,
  year: Year,
  decisionDate: Type.Optional(IsoDate),
  subject: SubjectSchema,
});

export const BatchBody = Type.Object({
  nominees: Type.Array(Type.Object({
    ...CheckBody.properties,
    id: Type.String({ minLength: 1, maxLength: 100 }),
    unitId: Type.Optional(Type.String({ maxLength: 100 })),
    clusterId: Type.Optional(Type.String({ maxLength: 100 })),
  }), { minItems: 1, maxItems: 2000 }),
});
