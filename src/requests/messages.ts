/** What feedback requests say. English; other languages translate them in their pack's `messages` (see `src/i18n/en.ts`). */
export const REQUESTS_EN = {
  "requests.blindSpot": "colleagues rate {label} below how you rate it yourself",
  "requests.goal": "your goal {quote}",
  "requests.said": "you said {quote}",
  "requests.needs": "{said} needs {label}",
  "requests.restsOn": "{said} ({challenge}) rests on {label}",
  "requests.noRatings": "no colleague has rated it yet",
  "requests.fewRaters": "only {total} {total|colleague has|colleagues have} rated it, and {min} are needed before ratings shape a plan",
  "requests.stale": "{total|its rating is|its ratings are} {months} months old or more",
  "requests.why": "{why}; {because}.",
  "requests.tooFew": "Too few colleagues are free to ask: each rates at most {max} people.",
  "requests.yourColleague": "your colleague",
  "requests.scale": "from {min} to {max}",
  "requests.manager": "How would you rate {name}'s {label} today, {scale}, and what is one example you saw?",
  "requests.report": "As someone {name} leads, how would you rate their {label}, {scale}? One example helps.",
  "requests.peer": "Working with {name}, how would you rate their {label}, {scale}? One recent example helps.",
} as const;
