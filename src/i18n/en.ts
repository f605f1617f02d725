/**
 * Every sentence and fragment a plan, a team plan, a revision, a feedback
 * request or a calendar shows a person, in English: the one table other
 * languages translate (each language pack's `messages`, same ids, same
 * placeholders). Ids are grouped by the module that says them. `{name}` is a
 * placeholder; `{n|one|other}` picks a form by the number `n`, `#` in a form
 * standing for it (see `./say`). Taxonomy labels, catalog titles and the
 * employee's own words arrive as placeholders and are never in here.
 * Developer-facing `ValidationError` messages and the CLI's usage, progress
 * and error lines stay English and are not in here either; the plan as the
 * CLI prints it (`cli.*`) is.
 */
export const EN = {
  // Shared: numbers, lists, quotes, the kinds and formats of items.
  "number.decimal": ".",
  "list.and": "{first} and {last}",
  "list.or": "{first} or {last}",
  quote: "“{text}”",
  "kind.training": "training",
  "kind.mentoring": "mentoring",
  "kind.working-condition": "working-condition",
  "format.in-person": "in-person",
  "format.online": "online",
  "format.self-paced": "self-paced",
  "format.cohort": "cohort",
  "format.one-to-one": "one-to-one",
  "format.on-the-job": "on-the-job",
  "explain.youSaid": "you said {said}",
  "explain.chosen": "Chosen because {because}.",
  "explain.workChange": "A change to the work itself rather than another course, because {because}.",
  "explain.neededBefore": "Needed before {title}.",
  "explain.hours": "{n} {count|hour|hours}",

  // src/explain: questions to ask next (`text`), each with its `why`.
  "question.other": "Something else",
  "question.motivations": "What makes a good day at work for you: what would you like more of?",
  "question.motivations.why": "Nothing was said about what motivates you, and everyone's motivation is different; we would only be guessing.",
  "question.challenges": "What gets in the way of doing your best work right now?",
  "question.challenges.why": "Without the challenges you face we cannot suggest what would remove them.",
  "question.goals": "Where would you like to be in three months, and in two years?",
  "question.goals.why": "A plan should serve both short- and long-term goals, and none were given.",
  "question.unmatched": "You said {said}. Can you tell us more about what you mean?",
  "question.unmatched.why": "We could not match these words to anything we know, and we would rather ask than assume.",
  "question.unmatched.whyClose": "These words point to {label}, but not clearly enough to act on; we would rather ask than assume.",
  "question.isItAbout": "Is it about {label}, or something else?",
  "question.meaning": "When you said {said}, what did you mean, in your own words?",
  "question.meaning.why": "None of the meanings we offered fit; rather than spend your time and budget on a guess, we ask.",
  "question.which": "When you said {said}, which of these did you mean?",
  "question.which.why": "These words could mean more than one thing; rather than spend your time and budget on a guess, we ask.",
  "question.unsure": "When you said {said}, is it about {label}, or something else?",
  "question.unsure.why": "We are not sure we read these words right; rather than spend your time and budget on a guess, we ask.",
  "question.feedbackSkill": "Which skill is {said} in the feedback about?",
  "question.raters": "Could a few more colleagues rate your {label}?",
  "question.raters.whyNone": "Only you have rated it; we need {min} other people before ratings can shape a plan.",
  "question.raters.why": "Only {raters} other {raters|person has|people have} rated it; we need {min} before one voice can shape a plan.",
  "question.goal.measureAndDate": "How will you know you have reached {goal}, and by when?",
  "question.goal.measure": "How will you know you have reached {goal}?",
  "question.goal.date": "By when would you like to reach {goal}?",
  "question.goal.measure.why": "A goal with a success measure can be checked at every check-in.",
  "question.goal.date.why": "Without a date we treated it as long-term; a near date would put it first.",
  "question.stale": "These answers are from {date}. Is this still what moves you, what holds you back and where you want to go?",
  "question.stale.why": "They are {months} months old; people and jobs change, so when did we last ask?",
  "question.hours": "How many hours a week can you give to your development?",
  "question.hours.why": "Nothing was said, so we planned with {hours} hours a week.",
  "question.languages": "Some of this plan is taught in {languages}. Which languages can you learn in?",
  "question.languages.why": "No languages were given, and we would rather ask than assume.",
  "question.level": "What is your role, and how senior is it?",
  "question.level.why": "Trainings are pitched at levels and roles; without yours one may be too easy or too hard.",
  "question.support": "What kind of support would help you with {label}?",
  "question.support.why": "Nothing we can offer addresses it yet; tell us what would help instead of us guessing.",

  // src/explain: warnings, most about a need left uncovered ({about} is its label and words).
  "warning.answerField": "The answer to \"{id}\" was not read: that question is answered by setting {id} in the profile.",
  "warning.answerUnknown": "The answer to \"{id}\" was not read: no open question has that id (the words it answered may have changed, or it was answered already).",
  "warning.noItem": "Nothing in the catalog addresses {about}.",
  "warning.budget": "The budget of {budget} left {about} uncovered: {title} costs {cost}.",
  "warning.budget.planned": "The budget of {budget} left {about} uncovered: {title} costs {cost} and {planned} is already planned.",
  "warning.teamBudget": "What was left of the team budget, {budget}, left {about} uncovered: {title} costs {cost}.",
  "warning.teamBudget.planned": "What was left of the team budget, {budget}, left {about} uncovered: {title} costs {cost} and {planned} is already planned.",
  "warning.hours": "{hours} a week left {about} uncovered: {title} needs {itemHours} a week.",
  "warning.horizon": "The {weeks}-week horizon left {about} uncovered: {title} takes {itemWeeks} weeks.",
  "warning.horizon.paced": "The {weeks}-week horizon left {about} uncovered: {title} takes {itemWeeks} weeks at {hours} a week.",
  "warning.language": "Languages left {about} uncovered: {title} is taught in {language}.",
  "warning.excluded": "{about} is uncovered: {title} is excluded for this person.",
  "warning.completed": "{about} is uncovered: {title} is completed for this person.",
  "warning.currency": "{title} is priced in {currency}, not {planCurrency}, so {about} is uncovered.",
  "warning.seats": "No seats left on {title}, so {about} is uncovered.",
  "warning.prerequisite": "{title} needs an item that cannot be had, so {about} is uncovered.",
  "warning.maxItems": "The limit of {max} items left {about} uncovered; needs that weigh more came first.",

  // src/needs/feedback: 360° ratings in words, the `source` of a feedback need.
  "feedback.manager": "your manager",
  "feedback.managers": "your managers",
  "feedback.peer": "a peer",
  "feedback.peers": "peers",
  "feedback.report": "a direct report",
  "feedback.reports": "your reports",
  "feedback.others": "others",
  "feedback.rates": "{who} rates {label} {score}",
  "feedback.rate": "{who} rate {label} {score} on average",
  "feedback.self": "you rate it {score}",

  "status.done": "done",
  "status.in-progress": "in-progress",
  "status.dropped": "dropped",
  "status.not-started": "not-started",
  "change.kept": "kept",
  "change.added": "added",
  "change.removed": "removed",
  "change.rescheduled": "rescheduled",
} as const;

/** The id of one message of the engine's table. */
export type EngineMessageId = keyof typeof EN;

/**
 * The id of any message a library module says, in any table. A language
 * pack's `messages` translate these and the CLI's (`src/cli/messages.ts`).
 */
export type MessageId =
  | EngineMessageId
  | keyof typeof import("../team/messages").TEAM_EN
  | keyof typeof import("../revise/messages").REVISE_EN
  | keyof typeof import("../requests/messages").REQUESTS_EN
  | keyof typeof import("../calendar/messages").CALENDAR_EN;
