/**
 * Well-known services that policies name, with the vendor, the country the personal data
 * goes to, and whether the vendor offers to keep the data in the EU/EEA. The transfer rule
 * reads it: a service in a third country without an adequacy decision is a transfer that
 * needs a mechanism, unless the policy says the data is kept in the EU/EEA and the vendor
 * offers that. Vendors in the EEA (or in an adequate country) are listed too, so naming
 * them is known to be no transfer.
 *
 * Patterns are matched against lower-cased text with word edges (see policy-lint-patterns.ts).
 */
import { B, E, Pattern } from './policy-lint-patterns'

export type ServiceCategory =
  | 'analytics'
  | 'advertising'
  | 'cloud'
  | 'hosting'
  | 'payment'
  | 'email'
  | 'crm'
  | 'chat'
  | 'video'
  | 'office'
  | 'maps'
  | 'security'

export interface KnownService {
  name: string
  vendor: string
  /** ISO code of the country the data is processed in by default. */
  country: string
  /** Whether that country is in the EEA or has an adequacy decision covering the service. */
  adequate: boolean
  /** Whether the vendor offers to keep the data in the EU/EEA (a region or data residency). */
  euRegion: boolean
  category: ServiceCategory
  pattern: Pattern
}

type Row = [
  name: string,
  vendor: string,
  country: string,
  euRegion: boolean,
  category: ServiceCategory,
  source: string,
]

/** Countries whose vendors need no transfer mechanism: the EEA and adequacy decisions that cover them. */
const ADEQUATE = new Set([
  'NO',
  'SE',
  'DK',
  'FI',
  'IS',
  'DE',
  'FR',
  'NL',
  'IE',
  'EE',
  'LT',
  'LU',
  'PL',
  'MT',
  'ES',
  'IT',
  'CA',
  'CH',
  'GB',
])

// prettier-ignore
const ROWS: Row[] = [
  // analytics
  ['Google Analytics', 'Google LLC', 'US', false, 'analytics', String.raw`google[\s-]*analytics|${B}ga4${E}|google tag manager|${B}gtag${E}`],
  ['Amplitude', 'Amplitude Inc.', 'US', true, 'analytics', String.raw`${B}amplitude${E}`],
  ['Mixpanel', 'Mixpanel Inc.', 'US', true, 'analytics', String.raw`${B}mixpanel${E}`],
  ['Segment', 'Twilio Inc.', 'US', true, 'analytics', String.raw`${B}segment\.(com|io)${E}|twilio segment`],
  ['Microsoft Clarity', 'Microsoft Corp.', 'US', false, 'analytics', String.raw`microsoft clarity`],
  ['Adobe Analytics', 'Adobe Inc.', 'US', true, 'analytics', String.raw`${B}adobe analytics|${B}omniture`],
  ['Hotjar', 'Hotjar Ltd', 'MT', true, 'analytics', String.raw`${B}hotjar${E}`],
  ['Siteimprove', 'Siteimprove A/S', 'DK', true, 'analytics', String.raw`${B}siteimprove${E}`],
  ['Plausible', 'Plausible Insights OÜ', 'EE', true, 'analytics', String.raw`${B}plausible${E}`],
  ['Skyra', 'Skyra AS', 'NO', true, 'analytics', String.raw`${B}skyra${E}`],
  // advertising pixels and social media
  ['Meta (Facebook, Instagram)', 'Meta Platforms Inc.', 'US', false, 'advertising', String.raw`${B}facebook|${B}meta[\s-]pi(x|ks)el\p{L}*|meta platforms|${B}instagram|${B}messenger${E}|${B}whatsapp`],
  ['Snapchat', 'Snap Inc.', 'US', false, 'advertising', String.raw`${B}snapchat|${B}snap pixel`],
  ['TikTok', 'TikTok Pte. Ltd.', 'SG', false, 'advertising', String.raw`${B}tiktok`],
  ['LinkedIn', 'LinkedIn Corp.', 'US', false, 'advertising', String.raw`${B}linkedin`],
  ['Google Ads', 'Google LLC', 'US', false, 'advertising', String.raw`google ads|${B}adwords|${B}doubleclick|google marketing platform`],
  ['Pinterest', 'Pinterest Inc.', 'US', false, 'advertising', String.raw`${B}pinterest`],
  ['X (Twitter)', 'X Corp.', 'US', false, 'advertising', String.raw`${B}twitter`],
  ['Microsoft Advertising', 'Microsoft Corp.', 'US', false, 'advertising', String.raw`microsoft advertising|bing ads`],
  // cloud databases and hosting
  ['Firebase', 'Google LLC', 'US', true, 'cloud', String.raw`${B}firebase${E}|${B}firestore${E}`],
  ['Supabase', 'Supabase Inc.', 'US', true, 'cloud', String.raw`${B}supabase${E}`],
  ['MongoDB Atlas', 'MongoDB Inc.', 'US', true, 'cloud', String.raw`${B}mongodb`],
  ['Amazon Web Services', 'Amazon Web Services Inc.', 'US', true, 'cloud', String.raw`amazon web services|${B}aws${E}|${B}amazon s3${E}`],
  ['Microsoft Azure', 'Microsoft Corp.', 'US', true, 'cloud', String.raw`${B}azure${E}`],
  ['Google Cloud', 'Google LLC', 'US', true, 'cloud', String.raw`google cloud`],
  ['Heroku', 'Salesforce Inc.', 'US', true, 'hosting', String.raw`${B}heroku${E}`],
  ['Vercel', 'Vercel Inc.', 'US', true, 'hosting', String.raw`${B}vercel${E}`],
  ['Netlify', 'Netlify Inc.', 'US', false, 'hosting', String.raw`${B}netlify${E}`],
  ['Cloudflare', 'Cloudflare Inc.', 'US', true, 'hosting', String.raw`${B}cloudflare${E}`],
  ['DigitalOcean', 'DigitalOcean LLC', 'US', true, 'hosting', String.raw`${B}digitalocean${E}|${B}digital ocean${E}`],
  ['Squarespace', 'Squarespace Inc.', 'US', false, 'hosting', String.raw`${B}squarespace${E}`],
  ['Wix', 'Wix.com Ltd.', 'US', false, 'hosting', String.raw`${B}wix(\.com)?${E}`],
  ['WordPress.com', 'Automattic Inc.', 'US', false, 'hosting', String.raw`wordpress\.com|${B}automattic${E}`],
  ['GitHub', 'GitHub Inc.', 'US', false, 'hosting', String.raw`${B}github${E}`],
  ['Shopify', 'Shopify Inc.', 'CA', true, 'hosting', String.raw`${B}shopify${E}`],
  // payment
  ['Stripe', 'Stripe Inc.', 'US', false, 'payment', String.raw`${B}stripe${E}`],
  ['Square', 'Block Inc.', 'US', false, 'payment', String.raw`${B}squareup${E}|square payments`],
  ['PayPal', 'PayPal (Europe) S.à r.l.', 'LU', true, 'payment', String.raw`${B}paypal${E}`],
  ['Klarna', 'Klarna Bank AB', 'SE', true, 'payment', String.raw`${B}klarna${E}`],
  ['Vipps MobilePay', 'Vipps MobilePay AS', 'NO', true, 'payment', String.raw`${B}vipps${E}|${B}mobilepay${E}`],
  ['Nets', 'Nexi Group', 'DK', true, 'payment', String.raw`${B}nets${E}|${B}nexi${E}`],
  ['Adyen', 'Adyen N.V.', 'NL', true, 'payment', String.raw`${B}adyen${E}`],
  // e-mail and marketing
  ['Mailchimp', 'Intuit Inc.', 'US', false, 'email', String.raw`${B}mailchimp${E}|${B}mandrill${E}`],
  ['SendGrid', 'Twilio Inc.', 'US', false, 'email', String.raw`${B}sendgrid${E}`],
  ['Resend', 'Plus Five Five Inc.', 'US', true, 'email', String.raw`${B}resend${E}`],
  ['Mailgun', 'Sinch', 'US', true, 'email', String.raw`${B}mailgun${E}`],
  ['Klaviyo', 'Klaviyo Inc.', 'US', false, 'email', String.raw`${B}klaviyo${E}`],
  ['Campaign Monitor', 'Marigold', 'US', false, 'email', String.raw`campaign monitor`],
  ['Apsis', 'APSIS International AB', 'SE', true, 'email', String.raw`${B}apsis${E}`],
  ['MailerLite', 'MailerLite UAB', 'LT', true, 'email', String.raw`${B}mailerlite${E}`],
  ['Brevo', 'Sendinblue SAS', 'FR', true, 'email', String.raw`${B}brevo${E}|${B}sendinblue${E}`],
  ['Make (Rule)', 'Rule Communication AB', 'SE', true, 'email', String.raw`${B}rule communication${E}`],
  // CRM
  ['HubSpot', 'HubSpot Inc.', 'US', true, 'crm', String.raw`${B}hubspot${E}`],
  ['Salesforce', 'Salesforce Inc.', 'US', true, 'crm', String.raw`${B}salesforce${E}`],
  ['Pipedrive', 'Pipedrive OÜ', 'EE', true, 'crm', String.raw`${B}pipedrive${E}`],
  ['Zoho', 'Zoho Corp.', 'US', true, 'crm', String.raw`${B}zoho${E}`],
  ['SuperOffice', 'SuperOffice AS', 'NO', true, 'crm', String.raw`${B}superoffice${E}`],
  ['Microsoft Dynamics 365', 'Microsoft Corp.', 'US', true, 'crm', String.raw`${B}dynamics 365${E}|${B}dynamics crm${E}`],
  // chat and support
  ['Intercom', 'Intercom Inc.', 'US', true, 'chat', String.raw`${B}intercom${E}`],
  ['Zendesk', 'Zendesk Inc.', 'US', true, 'chat', String.raw`${B}zendesk${E}`],
  ['Slack', 'Slack Technologies LLC', 'US', true, 'chat', String.raw`${B}slack${E}`],
  ['Tawk.to', 'tawk.to Inc.', 'US', false, 'chat', String.raw`${B}tawk(\.to)?${E}`],
  ['Drift', 'Salesloft', 'US', false, 'chat', String.raw`${B}drift\.com${E}`],
  ['Freshdesk', 'Freshworks Inc.', 'US', true, 'chat', String.raw`${B}freshdesk${E}|${B}freshchat${E}`],
  ['LiveChat', 'Text S.A.', 'PL', true, 'chat', String.raw`${B}livechat${E}`],
  ['Crisp', 'Crisp IM SAS', 'FR', true, 'chat', String.raw`${B}crisp\.chat${E}`],
  // video
  ['Zoom', 'Zoom Video Communications Inc.', 'US', false, 'video', String.raw`${B}zoom${E}`],
  ['YouTube', 'Google LLC', 'US', false, 'video', String.raw`${B}youtube${E}`],
  ['Vimeo', 'Vimeo Inc.', 'US', false, 'video', String.raw`${B}vimeo${E}`],
  ['Whereby', 'Whereby AS', 'NO', true, 'video', String.raw`${B}whereby${E}`],
  // office suites and storage
  ['Microsoft 365', 'Microsoft Corp.', 'US', true, 'office', String.raw`microsoft 365|office 365|microsoft teams|${B}onedrive${E}|${B}sharepoint${E}|${B}outlook\.com${E}|${B}microsoft${E}`],
  ['Google Workspace', 'Google LLC', 'US', true, 'office', String.raw`google workspace|${B}g[\s-]?suite${E}|${B}gmail${E}|google drive|google meet|google forms|google skjema`],
  ['Dropbox', 'Dropbox Inc.', 'US', true, 'office', String.raw`${B}dropbox${E}`],
  // maps and security widgets
  ['Google Maps', 'Google LLC', 'US', false, 'maps', String.raw`google maps|google kart`],
  ['Google reCAPTCHA', 'Google LLC', 'US', false, 'security', String.raw`re-?captcha`],
]

export const KNOWN_SERVICES: readonly KnownService[] = ROWS.map(
  ([name, vendor, country, euRegion, category, source]) => ({
    name,
    vendor,
    country,
    adequate: ADEQUATE.has(country),
    euRegion,
    category,
    pattern: new Pattern(source),
  }),
)

/** Any service of the table: naming one says who receives the data (a processor). */
export const ANY_KNOWN_SERVICE = new Pattern(ROWS.map((r) => `(?:${r[5]})`).join('|'))

/** Services a text names, with the offset of the first mention of each. */
export function servicesIn(lower: string): { service: KnownService; index: number }[] {
  const out: { service: KnownService; index: number }[] = []
  for (const service of KNOWN_SERVICES) {
    const m = service.pattern.exec(lower)
    if (m) out.push({ service, index: m.index })
  }
  return out.sort((a, b) => a.index - b.index)
}
