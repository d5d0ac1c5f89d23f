import '@nestjs/common';

/**
 * `@nestjs/throttler` 6 is CommonJS and requires `@nestjs/common`, which is an ES module. Imported
 * statically, jest's ESM runtime loads it while `@nestjs/common` is still being linked and refuses
 * the cycle; loaded here, after `@nestjs/common` has run, it works in node and in jest alike.
 */
const throttler = await import('@nestjs/throttler');

export const { ThrottlerGuard, ThrottlerException, ThrottlerModule, normalizeIp } = throttler;
