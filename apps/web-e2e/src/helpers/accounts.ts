/**
 * The seeded demo accounts (apps/api/src/seed/demo-data.ts); one password for all of them. The e2e server
 * runs in production mode, where the README's published demo password is refused: playwright.config.ts
 * picks this run's password and the server seeds the accounts with it (DEMO_PASSWORD).
 */
export const DEMO_PASSWORD = process.env['TSUNAGU_E2E_DEMO_PASSWORD'] ?? 'e2e-demo-password-unset';

export const DEMO = {
  learner: { email: 'learner@demo.tsunagu.jp', name: '山田 花子', home: '/home/learner' },
  employee: { email: 'employee@demo.tsunagu.jp', name: '佐藤 美咲', home: '/home/learner' },
  companyAdmin: { email: 'hr@demo.tsunagu.jp', name: '鈴木 恵子', home: '/home/company' },
  mentor: { email: 'mentor@demo.tsunagu.jp', name: '高橋 由美', home: '/home/mentor' },
  staff: { email: 'staff@demo.tsunagu.jp', name: '田中 直子', home: '/home/staff' },
  team: { email: 'team@demo.tsunagu.jp', name: '伊藤 彩', home: '/home/staff' },
  admin: { email: 'admin@demo.tsunagu.jp', name: '渡辺 涼子', home: '/home/staff' },
} as const;

export type DemoAccount = (typeof DEMO)[keyof typeof DEMO];

/** A unique address for accounts a test creates (the database is fresh for each run). */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.jp`;
}
