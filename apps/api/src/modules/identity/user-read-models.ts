/**
 * The view the identity module publishes for other modules' SQL (migrations `UserDirectory1796150100000`,
 * `AccountTokens1796200400000`): `identity_user_directory(id, family_name, given_name, family_name_kana,
 * given_name_kana, email, email_verified)` (email_verified: she opened the link sent to that address), for a
 * statement that returns its own rows with a person's names (ordered by them, as PostgreSQL collates).
 * Other modules never name `users`; the view keeps its columns and meaning whatever the table becomes.
 */
export const USER_DIRECTORY = 'identity_user_directory';
