import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads an entity's rows as plain objects of the entity's shape, straight from pg, without TypeORM's per-row
 * hydration (building the query, aliasing every column, transforming every value): on a page of accounts that was
 * most of the API's CPU time (benchmark P1). The select list comes from the entity's metadata, so a column added
 * to the entity is read here too, and columns that are never selected by default (file contents) stay unread.
 *
 * The rows equal what `find` returns for the column types this schema uses: pg parses them the same way TypeORM
 * does, except `date`, which is read as text ('2026-11-23', as TypeORM gives it). An entity with a column this
 * cannot read the same way (a transformer, a renamed column, another type) is refused when its reader is made.
 */
export interface PlainRows<T> {
  /** `select [distinct on (…)] <the entity's columns> from <its table> <tail>`, e.g. `where id = any($1)`. */
  select(tail: string, params: unknown[], options?: { distinctOn?: string }): Promise<T[]>;
}

const PLAIN_TYPES = new Set(['uuid', 'varchar', 'text', 'char', 'int', 'bigint', 'boolean', 'real', 'jsonb', 'bytea', 'timestamptz']);
const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, PlainRows<never>>>();

function selected(column: ColumnMetadata): string {
  const type = typeof column.type === 'string' ? column.type : '';
  if (column.transformer || column.embeddedMetadata || column.databaseName !== column.propertyName || column.isArray) {
    throw new Error(`plainRows: ${column.entityMetadata.name}.${column.propertyName} is not a plain column`);
  }
  const name = `"${column.databaseName}"`;
  if (type === 'date') return `${name}::text as ${name}`;
  if (PLAIN_TYPES.has(type) || (column.relationMetadata && type === 'uuid')) return name;
  throw new Error(`plainRows: ${column.entityMetadata.name}.${column.propertyName} has type ${String(column.type)}, which plainRows does not read`);
}

export function plainRows<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>): PlainRows<T> {
  let byEntity = readers.get(dataSource);
  if (!byEntity) readers.set(dataSource, (byEntity = new Map()));
  let reader = byEntity.get(entity as EntityTarget<ObjectLiteral>) as PlainRows<T> | undefined;
  if (!reader) {
    const metadata = dataSource.getMetadata(entity);
    const columns = metadata.columns.filter((c) => c.isSelect).map(selected).join(', ');
    const table = `"${metadata.tableName}"`;
    // Instances of the entity class, as `find` gives them (type-graphql copies a @Root() that is not one).
    const prototype = (metadata.target as { prototype?: object }).prototype ?? Object.prototype;
    reader = {
      async select(tail, params, options) {
        const rows: T[] = await dataSource.query(`select ${options?.distinctOn ? `distinct on (${options.distinctOn}) ` : ''}${columns} from ${table} ${tail}`, params);
        for (const row of rows) Object.setPrototypeOf(row, prototype);
        return rows;
      },
    };
    byEntity.set(entity as EntityTarget<ObjectLiteral>, reader as PlainRows<never>);
  }
  return reader;
}
