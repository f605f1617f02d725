import { format } from "date-fns";
import { run } from "./main";

// The one place that reads the clock: `--as-of` defaults to today here, in
// the user's own time zone, and the library is always told the date.
const today = format(new Date(), "yyyy-MM-dd");

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  today,
});
