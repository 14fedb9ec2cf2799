/** Organisations: every patient belongs to one, and every caller (API token, OIDC user, CDS client)
 * acts for one. Their names are plain identifiers. */

/** An organisation name: letters, digits, dot, dash, underscore; 1-64 characters. */
export const ORGANISATION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
