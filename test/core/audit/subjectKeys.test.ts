import { ContextBuilder } from "../../../src/core/audit/context";
import * as subject from "../../../src/core/audit/subject";
import { subjectKeysOf } from "../../../src/core/audit/subjectKeys";
import * as wordTable from "../../../src/core/text/wordTable";
import type { Claim } from "../../../src/core/types";
import { claimRecord } from "../../helpers/claim";

/** A fresh string each time (as slices of articles are), not the literal itself. */
function fresh(text: string): string {
  return text.split(" ").join(" ");
}

function claimAbout(i: number, text: string): Claim {
  const sentence = `The ${text} reached 5 tonnes.`;
  const at = sentence.indexOf("5 tonnes");
  return claimRecord({ id: `c${i}`, sourceId: `s${i % 7}`, start: at, surface: "5 tonnes", value: 5000, unit: "kg", sentence, sentenceStart: 0 }, { subject: text });
}

describe("subjectKeysOf", () => {
  afterEach(() => jest.restoreAllMocks());

  it("analyses each distinct text once, however many other texts come between its repeats", () => {
    const spy = jest.spyOn(subject, "subjectKey");
    const texts: string[] = [];
    for (let i = 0; i < 20000; i++) {
      texts.push(`grain harvest of the plant number ${i}`);
      if (i % 1000 === 0) texts.push(fresh("pipeline gas deliveries"));
    }
    const keys = subjectKeysOf(texts);
    expect(spy).toHaveBeenCalledTimes(20001);
    expect(keys).toHaveLength(texts.length);
    const recurring = keys.filter((_, i) => texts[i] === "pipeline gas deliveries");
    expect(recurring).toHaveLength(20);
    expect(new Set(recurring).size).toBe(1);
    texts.forEach((t, i) => expect(keys[i].key).toBe(subject.subjectKey(t).key));
  });

  it("analyses the texts in the order they first appear, not in the order of their hashes", () => {
    const spy = jest.spyOn(subject, "subjectKey");
    const texts = Array.from({ length: 300 }, (_, i) => `oil exports of the field ${(i * 7919) % 101}`);
    subjectKeysOf(texts);
    const firstSeen = texts.filter((t, i) => texts.indexOf(t) === i);
    expect(firstSeen).toHaveLength(101);
    expect(spy.mock.calls.map((args) => args[0])).toEqual(firstSeen);
  });

  it("keeps apart two texts whose hashes are equal", () => {
    const [a, b] = ["gas deliveries of plant 4uzw", "gas deliveries of plant f2ak"];
    expect(wordTable.fnv1a(a)).toBe(wordTable.fnv1a(b));
    const keys = subjectKeysOf([a, b, fresh(a), fresh(b)]);
    expect(keys.map((k) => k.key)).toEqual([a, b, a, b].map((t) => subject.subjectKey(t).key));
    expect(keys[0].key).not.toBe(keys[1].key);
    expect(keys[0]).toBe(keys[2]);
    expect(keys[1]).toBe(keys[3]);
  });

  it("stays right when many distinct texts share one hash", () => {
    jest.spyOn(wordTable, "fnv1a").mockReturnValue(7);
    const spy = jest.spyOn(subject, "subjectKey");
    const texts = Array.from({ length: 60 }, (_, i) => fresh(`coal shipments of mine ${"abcdefghijklmnopqrst"[i % 20].repeat(3)}`));
    const keys = subjectKeysOf(texts);
    expect(spy).toHaveBeenCalledTimes(20);
    texts.forEach((t, i) => expect(keys[i]).toBe(keys[i % 20]));
    expect(new Set(keys.map((k) => k.key)).size).toBe(20);
  });
});

describe("ContextBuilder", () => {
  afterEach(() => jest.restoreAllMocks());

  it("gives each claim the key of its subject, and each audit its own analysis", () => {
    const spy = jest.spyOn(subject, "subjectKey");
    const claims = [claimAbout(1, "coal shipments"), claimAbout(2, "gas deliveries"), claimAbout(3, fresh("coal shipments"))];
    const contexts = new ContextBuilder(new Map()).buildAll(claims);
    expect(contexts.map((c) => c.subject.key)).toEqual(["coal deliveries", "deliveries gas", "coal deliveries"]);
    expect(contexts[0].subject).toBe(contexts[2].subject);
    new ContextBuilder(new Map()).buildAll(claims);
    expect(spy).toHaveBeenCalledTimes(4);
  });
});
