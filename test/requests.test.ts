import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { runCli } from "./helpers";
import {
  feedbackRequests,
  MAX_PER_RATER,
  safeFeedbackRequests,
  ValidationError,
  type FeedbackRequest,
  type Profile,
  type Rating,
} from "../src/index";

const asOf = "2026-01-05";

const rated = (competency: string, rater: Rating["rater"], score: number, extra: Partial<Rating> = {}): Rating => ({ competency, rater, score, ...extra });
const about = (requests: readonly FeedbackRequest[], competency: string) => requests.find((r) => r.competency === competency);

describe("one person", () => {
  it("asks the manager and a peer about what a goal needs when nobody has rated it", () => {
    const requests = feedbackRequests({ id: "ana", name: "Ana", goals: ["negotiate bigger enterprise contracts"] }, { asOf });
    const negotiation = about(requests, "negotiation");
    expect(negotiation).toMatchObject({ profileId: "ana", label: "Negotiation", reason: "no-ratings", raters: 0 });
    expect(negotiation!.why).toBe("Your goal “negotiate bigger enterprise contracts” needs Negotiation; no colleague has rated it yet.");
    expect(negotiation!.asks.map((a) => [a.group, a.count])).toEqual([["manager", 1], ["peer", 1]]);
    expect(negotiation!.asks[0]!.question).toBe("How would you rate Ana's Negotiation today, from 1 to 5, and what is one example you saw?");
    // Alone, nobody is named: the HR tool picks the peer.
    expect(negotiation!.asks.every((a) => a.colleagues === undefined)).toBe(true);
  });

  it("a person with no ratings and nothing said is asked about nothing", () => {
    expect(feedbackRequests({ id: "x" }, { asOf })).toEqual([]);
  });

  it("one other rater is not enough: asks the groups not yet heard", () => {
    const requests = feedbackRequests(
      { id: "ben", goals: ["learn SQL"], feedback: [rated("sql", "self", 2), rated("sql", "peer", 3, { raterId: "p1" })] },
      { asOf },
    );
    const sql = about(requests, "sql")!;
    expect(sql).toMatchObject({ reason: "few-raters", raters: 1, label: "SQL and databases" });
    expect(sql.why).toMatch(/only 1 colleague has rated it, and 2 are needed/);
    // The peer has spoken: the manager makes the second voice.
    expect(sql.asks.map((a) => a.group)).toEqual(["manager"]);
  });

  it("ratings older than staleAfterMonths are asked for again; recent ones are not", () => {
    const old = { ratedAt: "2025-01-10" };
    const profile: Profile = {
      id: "cem",
      challenges: ["I freeze when presenting"],
      feedback: [
        rated("presentation skills", "self", 5),
        rated("presentation skills", "manager", 2, old),
        rated("presentation skills", "peer", 2, { ...old, raterId: "p1" }),
        rated("presentation skills", "peer", 2, { ...old, raterId: "p2" }),
      ],
    };
    const stale = about(feedbackRequests(profile, { asOf }), "presentation-skills")!;
    expect(stale).toMatchObject({ reason: "stale", raters: 0 });
    expect(stale.why).toMatch(/ratings are 6 months old or more/);
    expect(stale.asks.map((a) => [a.group, a.count])).toEqual([["manager", 1], ["peer", 1]]);
    // A longer window, or the profile's own date standing in for undated ratings, decides the same way.
    expect(about(feedbackRequests(profile, { asOf, staleAfterMonths: 24 }), "presentation-skills")).toBeUndefined();
    const undated: Profile = { ...profile, askedAt: "2025-12-01", feedback: profile.feedback!.map(({ ratedAt: _, ...r }) => r) };
    expect(about(feedbackRequests(undated, { asOf }), "presentation-skills")).toBeUndefined();
    expect(about(feedbackRequests({ ...undated, askedAt: "2024-12-01" }, { asOf }), "presentation-skills")?.reason).toBe("stale");
  });

  it("a blind spot is asked about again when its ratings are stale", () => {
    const old = { ratedAt: "2024-06-01" };
    const requests = feedbackRequests(
      {
        id: "dan",
        feedback: [rated("communication", "self", 5), rated("communication", "peer", 2, { ...old, raterId: "a" }), rated("communication", "report", 2, { ...old, raterId: "b" })],
      },
      { asOf },
    );
    const communication = about(requests, "communication")!;
    expect(communication.why).toMatch(/^Colleagues rate Communication below how you rate it yourself/);
    // Someone rated by a direct report has reports to ask.
    expect(communication.asks.map((a) => a.group)).toEqual(["manager", "report"]);
  });

  it("a job demand is nobody's skill; a challenge asks about the competency it rests on, by its label", () => {
    const requests = feedbackRequests({ id: "eve", challenges: ["burnt out from overtime", "I freeze when presenting"] }, { asOf });
    expect(requests.map((r) => r.competency)).toEqual(["presentation-skills"]);
    expect(requests[0]!.why).toMatch(/“I freeze when presenting” \(Public speaking\) rests on Presentation skills/);
  });

  it("rejects bad input with one ValidationError naming the field", () => {
    expect(() => feedbackRequests({ id: "a", feedback: [{ competency: "sql", rater: "peer", score: 3, ratedAt: "2025-13-01" }] }, { asOf })).toThrow(ValidationError);
    const bad = safeFeedbackRequests([{ id: "a" }], { asOf, maxPerRater: 0 });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues.map((i) => i.path)).toEqual([["maxPerRater"]]);
    const noId = safeFeedbackRequests([{ goals: ["learn SQL"] }], { asOf });
    expect(noId.success).toBe(false);
    if (!noId.success) expect(noId.issues.map((i) => i.path)).toEqual([[0, "id"]]);
    expect(() => feedbackRequests({ goals: ["learn SQL"] })).toThrow(/asOf/);
  });

  it("does not mutate its input", () => {
    const profile = Object.freeze({ id: "f", goals: Object.freeze(["learn SQL"]) as string[] });
    const options = Object.freeze({ asOf });
    expect(() => feedbackRequests(profile, options)).not.toThrow();
    expect(profile).toEqual({ id: "f", goals: ["learn SQL"] });
  });
});

describe("a team", () => {
  const GOALS = ["learn SQL", "negotiate bigger contracts", "become a better leader", "build dashboards", "present to the board with confidence"];
  const team: Profile[] = Array.from({ length: 30 }, (_, i) => ({
    id: `p${String(i).padStart(2, "0")}`,
    goals: [GOALS[i % 5]!, GOALS[(i + 2) % 5]!],
    ...(i % 3 === 0 ? { feedback: [rated("sql", "peer", 3, { raterId: `p${String((i + 1) % 30).padStart(2, "0")}` })] } : {}),
  }));

  it("30 people: nobody is asked to rate more than the cap, and the asks are spread", () => {
    for (const cap of [MAX_PER_RATER, 3]) {
      const requests = feedbackRequests(team, { asOf, ...(cap === MAX_PER_RATER ? {} : { maxPerRater: cap }) });
      const rates = new Map<string, Set<string>>();
      for (const r of requests) {
        for (const ask of r.asks) {
          if (ask.group !== "peer") continue;
          expect(ask.colleagues).toBeDefined();
          expect(ask.colleagues).not.toContain(r.profileId);
          expect(ask.count).toBe(ask.colleagues!.length);
          for (const id of ask.colleagues!) rates.set(id, (rates.get(id) ?? new Set()).add(r.profileId!));
        }
      }
      const loads = [...rates.values()].map((s) => s.size);
      expect(Math.max(...loads)).toBeLessThanOrEqual(cap);
      // Spread: everyone who can be asked is, and the busiest colleague rates at most one person more than the least busy.
      expect(rates.size).toBe(30);
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      // Every person gets at least one peer asked about each thing that matters to them.
      const people = new Set(requests.map((r) => r.profileId));
      expect(people.size).toBe(30);
    }
  });

  it("asks the same whatever the order of the profiles", () => {
    const a = feedbackRequests(team, { asOf, maxPerRater: 2 });
    const b = feedbackRequests([...team].reverse(), { asOf, maxPerRater: 2 });
    const key = (r: FeedbackRequest) => `${r.profileId}:${r.competency}`;
    expect([...b].sort((x, y) => (key(x) < key(y) ? -1 : 1))).toEqual([...a].sort((x, y) => (key(x) < key(y) ? -1 : 1)));
  });

  it("says so when the cap leaves a person with fewer peers than needed", () => {
    const small: Profile[] = ["a", "b", "c"].map((id) => ({ id, goals: ["learn SQL", "negotiate bigger contracts", "become a better leader"] }));
    const requests = feedbackRequests(small, { asOf, maxPerRater: 1, feedback: { minRaters: 3 } });
    const rates = new Map<string, Set<string>>();
    for (const r of requests) for (const ask of r.asks) for (const id of ask.colleagues ?? []) rates.set(id, (rates.get(id) ?? new Set()).add(r.profileId!));
    for (const who of rates.values()) expect(who.size).toBeLessThanOrEqual(1);
    expect(requests.some((r) => /Too few colleagues are free to ask: each rates at most 1 people/.test(r.why))).toBe(true);
  });
});

describe("CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "tailorplan-requests-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (argv: string[]) => runCli(argv, { cwd: dir, today: asOf });

  it("prints who to ask, as text or JSON, and checks its flags", async () => {
    writeFileSync(join(dir, "team.json"), JSON.stringify([{ id: "ana", name: "Ana", goals: ["learn SQL"] }, { id: "ben", goals: ["learn SQL"] }]));
    const text = await cli(["requests", "team.json"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("ana: SQL and databases. Your goal “learn SQL” needs SQL and databases");
    expect(text.stdout).toContain("ask ben: Working with Ana, how would you rate their SQL and databases");
    const json = await cli(["requests", "team.json", "--format", "json", "--max-per-rater", "1"]);
    expect(JSON.parse(json.stdout)).toEqual(feedbackRequests(JSON.parse('[{"id":"ana","name":"Ana","goals":["learn SQL"]},{"id":"ben","goals":["learn SQL"]}]'), { asOf, maxPerRater: 1 }));
    expect((await cli(["requests", "team.json", "--max-per-rater", "0"])).code).toBe(2);
    expect((await cli(["requests"])).code).toBe(2);
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ id: "a", feedback: [{ competency: "sql", rater: "boss", score: 3 }] }]));
    const bad = await cli(["requests", "bad.json"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.json:[\s\S]*profiles\[0\]\.feedback\[0\]\.rater/);
    expect((await cli(["--help"])).stdout).toContain("tailorplan requests <profiles.json>");
  });
});

describe("types", () => {
  it("returns typed requests", () => {
    expectTypeOf(feedbackRequests).returns.toEqualTypeOf<FeedbackRequest[]>();
    expectTypeOf<FeedbackRequest["asks"][number]["group"]>().toEqualTypeOf<"manager" | "peer" | "report">();
    expect(feedbackRequests([], { asOf })).toEqual([]);
  });
});
