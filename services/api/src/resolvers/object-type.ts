import { ObjectType, type ObjectTypeOptions } from 'type-graphql';

/**
 * Every object type of the API. Its plain fields are read straight off the object (graphql-js's default resolver)
 * instead of through a type-graphql wrapper per field and row: this API puts no middleware or role on a plain
 * field, so the wrapper did nothing but cost a tenth of a page's CPU (benchmark P1). Field resolvers are untouched.
 */
export function ApiObjectType(name: string, options: ObjectTypeOptions = {}): ClassDecorator {
  return ObjectType(name, { simpleResolvers: true, ...options });
}
