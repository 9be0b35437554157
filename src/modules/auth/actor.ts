export const ROLES = ['admin', 'board', 'unit_officer', 'cluster_leader', 'council_member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who asks: the logged-in user with the unit that scopes what they see. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  roles: readonly Role[];
  unitId: string;
  unitName: string;
  unitCode: string;
  /** Materialized path of the user's unit: a unit is in scope when its path starts with it. */
  unitPath: string;
  /** Set for generated passwords: the UI asks for a new one at once. */
  mustChangePassword: boolean;
}

/** The actor of CLI commands and the demo seed (audited under this name). */
export const SYSTEM_ACTOR_NAME = 'hệ thống';
