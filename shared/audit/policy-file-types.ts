/** The file types the policy import reads, for open dialogs (without loading the readers). */
export const POLICY_FILE_EXTENSIONS = ['docx', 'html', 'htm', 'txt', 'md'] as const
