import { DataSource } from 'typeorm';
import { appDataSourceOptions } from './data-source';

/** For the TypeORM CLI (`nx run api:migration-generate --name=...`), against DATABASE_URL. */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('Set DATABASE_URL to a migrated database to generate a migration against');
export default new DataSource(appDataSourceOptions(url));
