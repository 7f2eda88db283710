import { ArrayMaxSize, IsIn, IsUUID, MaxLength, NotContains, validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { Arg, ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { badUserInput } from './errors.js';

/*
 * The input classes' shape and size checks, with the Swedish messages the person who tried sees (class-validator's
 * defaults are English and name the property). They run before the resolver, so an oversized or malformed request
 * is refused before anything is loaded or sent to a workflow; whether the content is acceptable (e-mail addresses,
 * links, dates, required texts) is decided by @smg/domain's validators in the resolvers.
 */

/** type-graphql's own validation options: a property the input does not give is not checked. */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Validates every input object (and list of them) an operation is given, as type-graphql's `validate: true` does,
 * with class-validator imported once: type-graphql's own path imports it dynamically on every argument of every
 * request, which cost the accounts page about 2% of its CPU (benchmark P1).
 */
export const validateInput: ValidatorFn = async (value) => {
  if (value === null || typeof value !== 'object') return;
  try {
    await Promise.all((Array.isArray(value) ? value : [value]).filter((item) => item !== null && typeof item === 'object').map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};

/** The longest free text a step takes as a plain argument (an opinion, a reason, a note). */
export const TEXT_LIMIT = 5_000;

export const tooLong = (max: number) => `Högst ${max} tecken.`;

/** PostgreSQL cannot store it in text (a query or an activity holding one fails); nobody types it. */
const NUL = '\u0000';
export const forbiddenCharacter = 'Texten innehåller ett otillåtet tecken (NUL).';

/** A text of at most `max` characters, without NUL. */
export function PlainText(max: number): PropertyDecorator {
  return (target, property) => {
    MaxLength(max, { message: tooLong(max) })(target, property);
    NotContains(NUL, { message: forbiddenCharacter })(target, property);
  };
}

/** A list of at most `max` entries. */
export const MaxItems = (max: number) => ArrayMaxSize(max, { message: `Högst ${max} rader.` });

/** Whether a value can be an object's id (a UUID): anything else names no object (a lookup would fail in PostgreSQL). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isId = (value: string): boolean => UUID.test(value);

/** The id of an object (a UUID); `message` says which kind of object, as a form would. */
export const IsId = (message: string) => IsUUID('all', { message });

/** One of the given values. */
export const OneOf = (values: readonly string[], message: string) => IsIn(values as string[], { message });

/**
 * A plain text argument (`reason: String!`) with the same checks as an input class's PlainText field: class-validator
 * only checks objects, so a scalar argument gets it through type-graphql's per-argument validate function.
 */
export function TextArg(name: string, max: number, options: { nullable?: boolean; description?: string } = {}): ReturnType<typeof Arg> {
  return Arg(name, () => String, {
    nullable: options.nullable,
    description: options.description,
    validateFn: (value: unknown) => {
      if (typeof value !== 'string') return;
      if (value.length > max) throw badUserInput([{ field: name, message: tooLong(max) }]);
      if (value.includes(NUL)) throw badUserInput([{ field: name, message: forbiddenCharacter }]);
    },
  });
}

