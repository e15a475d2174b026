// Requests answered in document rooms (`<space>/doc/<id>`) about named versions.
import type { RequestSchemas } from './request-schemas';

export const versionRequests = {} as const satisfies RequestSchemas;
