/** Small rules about case studies that several components share. */
import type { CaseStudyData } from '../schemas/case-study.ts';

/** A client who did not agree to be named is shown by industry and country only. */
export function clientLabel(client: CaseStudyData['client']): string {
  return client.named ? `${client.name} · ${client.country}` : `${client.industry} · ${client.country}`;
}
