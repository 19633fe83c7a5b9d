/** The header hospital systems send their API key in (Node lower-cases incoming header names). */
export const API_KEY_HEADER = 'X-API-Key';
