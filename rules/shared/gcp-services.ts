import { googleDoc } from './gcp-hardening';

const engines = { POSTGRES: 'postgres', MYSQL: 'mysql', SQLSERVER: 'sqlserver' } as const;
const engineNames = { POSTGRES: 'PostgreSQL', MYSQL: 'MySQL', SQLSERVER: 'SQL Server' } as const;

/** The links of a Cloud SQL database-flag rule: the provider argument and the engine's flag reference. */
export function sqlFlagLinks(engine: keyof typeof engines): { title: string; url: string }[] {
  return [
    googleDoc('google_sql_database_instance', 'database_flags'),
    { title: `Cloud SQL for ${engineNames[engine]} flags`, url: `https://cloud.google.com/sql/docs/${engines[engine]}/flags` },
  ];
}
