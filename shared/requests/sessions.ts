// Requests answered in live workshop rooms (`<space>/session/<id>`).
import type { RequestSchemas } from './request-schemas';

export const sessionRequests = {} as const satisfies RequestSchemas;
