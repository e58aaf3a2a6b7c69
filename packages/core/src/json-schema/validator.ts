import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** One failing place in a value: a JSON path (`$.a.b[0]`) and what is wrong there. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { valid: true } | { valid: false; issues: ValidationIssue[] };

export interface SchemaValidatorOptions {
  /** Check `format` keywords (email, date-time, uri...). Defaults to true. */
  formats?: boolean;
}

/**
 * Ajv 2020-12 with a lazy compile cache: a schema is compiled the first time a value is checked
 * against it, once, and keyed by object identity so 100k catalog tools cost nothing until called.
 * A schema that arrives again as a new object (every MCP session lists the tools afresh) is found by
 * its JSON text, so it is not compiled again either.
 */
export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  private readonly byText = new Map<string, ValidateFunction>();

  constructor(options: SchemaValidatorOptions = {}) {
    this.ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: options.formats ?? true });
    // ajv-formats is CommonJS: under NodeNext its default import is `module.exports`.
    if (options.formats ?? true) addFormats.default(this.ajv);
  }

  /** Checks that `schema` is itself valid JSON Schema 2020-12 (meta-schema), without compiling it. */
  checkSchema(schema: unknown): ValidationResult {
    if (typeof schema !== 'object' || schema === null) {
      return { valid: false, issues: [{ path: '$', message: 'schema must be an object' }] };
    }
    const ok = this.ajv.validateSchema(schema as object);
    if (ok) return { valid: true };
    return { valid: false, issues: toIssues(this.ajv.errors ?? []) };
  }

  /** Compiles (once) and returns the validate function; throws if the schema cannot compile. */
  compile(schema: object): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (validate === undefined) {
      const text = JSON.stringify(schema);
      validate = this.byText.get(text);
      if (validate === undefined) {
        validate = this.ajv.compile(schema);
        this.byText.set(text, validate);
      }
      this.compiled.set(schema, validate);
    }
    return validate;
  }

  validate(schema: object, value: unknown): ValidationResult {
    const validate = this.compile(schema);
    if (validate(value)) return { valid: true };
    return { valid: false, issues: toIssues(validate.errors ?? []) };
  }
}

function toIssues(errors: ErrorObject[]): ValidationIssue[] {
  return errors.map((error) => ({ path: toJsonPath(error), message: describe(error) }));
}

/** Ajv's instancePath is a JSON Pointer (`/a/0/b`); readers expect `$.a[0].b`. */
export function toJsonPath(error: Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>): string {
  let path = '$';
  for (const raw of error.instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path += /^\d+$/.test(segment) ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    if (missing !== undefined) path += /^[A-Za-z_$][\w$]*$/.test(missing) ? `.${missing}` : `[${JSON.stringify(missing)}]`;
  }
  return path;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return `unknown property "${String((error.params as { additionalProperty?: string }).additionalProperty)}" is not allowed`;
    case 'enum':
      return `must be one of ${JSON.stringify((error.params as { allowedValues?: unknown[] }).allowedValues)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** `$.a: is required; $.b: must be integer` — the form used in error results. */
export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}

/**
 * The MCP SDK's `jsonSchemaValidator` shape (for `Client` and `Server` options), backed by a
 * SchemaValidator: the SDK otherwise builds a draft-07 Ajv of its own for every Client and Server,
 * which both misreads 2020-12 schemas and costs a fresh Ajv per session.
 */
export function sdkJsonSchemaValidator(validator: SchemaValidator): {
  getValidator<T>(
    schema: unknown,
  ): (input: unknown) => { valid: true; data: T; errorMessage: undefined } | { valid: false; data: undefined; errorMessage: string };
} {
  return {
    getValidator<T>(schema: unknown) {
      return (input: unknown) => {
        const result = validator.validate(schema as object, input);
        return result.valid
          ? { valid: true as const, data: input as T, errorMessage: undefined }
          : { valid: false as const, data: undefined, errorMessage: formatIssues(result.issues) };
      };
    },
  };
}
