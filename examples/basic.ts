/**
 * Two employees, one catalog: the plans differ because the people do.
 * Run with `npm run example`; the README shows what it prints.
 */
import { exampleOutput } from "./two-employees";

console.log(exampleOutput());
