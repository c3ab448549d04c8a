/**
 * LTI 1.3 vocabulary: claim names, message types, scopes and the id_token's schema (the one place its shape is
 * written; the types are derived from it). Spec: IMS LTI Core 1.3, Deep Linking 2.0, AGS 2.0, NRPS 2.0.
 */
import { z } from 'zod';

export const LTI_CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  data: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
} as const;

export const LTI_SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadOnly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  result: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  roster: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

export const MESSAGE_TYPES = ['LtiResourceLinkRequest', 'LtiDeepLinkingRequest'] as const;

const url = z.url({ protocol: /^https?$/ });

/** The claims this tool reads; anything else the platform sends is ignored (and not stored). */
export const idTokenClaimsSchema = z.object({
  iss: z.string().min(1),
  sub: z.string().min(1).max(255),
  aud: z.union([z.string(), z.array(z.string())]),
  azp: z.string().optional(),
  nonce: z.string().min(1),
  name: z.string().max(200).optional(),
  [LTI_CLAIM.messageType]: z.string(),
  [LTI_CLAIM.version]: z.string(),
  [LTI_CLAIM.deploymentId]: z.string().min(1).max(255),
  [LTI_CLAIM.targetLinkUri]: z.string().optional(),
  [LTI_CLAIM.roles]: z.array(z.string()),
  [LTI_CLAIM.resourceLink]: z.object({ id: z.string().min(1).max(255), title: z.string().optional() }).optional(),
  [LTI_CLAIM.context]: z.object({ id: z.string().min(1).max(255), title: z.string().max(300).optional() }).optional(),
  [LTI_CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
  [LTI_CLAIM.ags]: z.object({ scope: z.array(z.string()).default([]), lineitem: url.optional(), lineitems: url.optional() }).optional(),
  [LTI_CLAIM.nrps]: z.object({ context_memberships_url: url }).optional(),
  [LTI_CLAIM.deepLinkingSettings]: z
    .object({
      deep_link_return_url: url,
      accept_types: z.array(z.string()).default([]),
      accept_multiple: z.boolean().optional(),
      data: z.string().optional(),
    })
    .optional(),
});

export type IdTokenClaims = z.infer<typeof idTokenClaimsSchema>;

/** Instructor, administrator, content developer or teaching assistant (context or institution role) teach; others learn. */
export function mapRoles(roles: readonly string[]): 'learner' | 'instructor' {
  const teaching =
    /#(Instructor|Administrator|ContentDeveloper|TeachingAssistant|Mentor)$|\/Instructor#|^(Instructor|Administrator|ContentDeveloper|TeachingAssistant)$/;
  return roles.some((role) => teaching.test(role)) ? 'instructor' : 'learner';
}
