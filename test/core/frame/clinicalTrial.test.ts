/** A clinical trial's results: efficacy against each outcome, and the people a trial took in. */
import { efficacyOf, isTrialIntake, isTrialStory } from "../../../src/core/frame/clinicalTrial";

/** The efficacy key of the percentage `surface` in `sentence` (no other number in it). */
function efficacy(sentence: string, surface: string): string | undefined {
  const start = sentence.indexOf(surface);
  return efficacyOf(sentence, 0, sentence.length, start, start + surface.length)?.key;
}

function intake(sentence: string, surface: string): boolean {
  const start = sentence.indexOf(surface);
  return isTrialIntake(sentence, 0, start, start + surface.length);
}

describe("isTrialStory", () => {
  test("a medicine and a trial or a study", () => {
    expect(isTrialStory("Malaria jab shows promise", ["The study enrolled 4,000 children in Ghana."])).toBe(true);
    expect(isTrialStory("Drugmaker posts results", ["Its pill cut weight by 14% in a trial."])).toBe(true);
  });
  test("not: a trial of another kind, or a medicine with no trial", () => {
    expect(isTrialStory("Fraud trial opens", ["The court heard the bank lost $40 million."])).toBe(false);
    expect(isTrialStory("Vaccine maker cuts jobs", ["The company will cut 900 jobs."])).toBe(false);
  });
});

describe("efficacyOf", () => {
  test("how well it worked, told many ways", () => {
    expect(efficacy("The shot was 91% effective in the trial.", "91%")).toBe("efficacy:any");
    expect(efficacy("The jab showed 64 per cent efficacy overall.", "64 per cent")).toBe("efficacy:any");
    expect(efficacy("Efficacy against any illness was 58.3%, the company said.", "58.3%")).toBe("efficacy:any");
    expect(efficacy("Protection against milder illness was lower, at 58.3%.", "58.3%")).toBe("efficacy:any");
  });

  test("each outcome is its own measure", () => {
    expect(efficacy("The vaccine was 87% effective at preventing severe disease.", "87%")).toBe("efficacy:severe");
    expect(efficacy("It reduced severe illness by 87 per cent in older adults.", "87 per cent")).toBe("efficacy:severe");
    expect(efficacy("The pill prevented 87% of serious cases.", "87%")).toBe("efficacy:severe");
    expect(efficacy("The drug cut the risk of death by 31%.", "31%")).toBe("efficacy:death");
    expect(efficacy("It was 76% effective against hospitalisation.", "76%")).toBe("efficacy:hospitalisation");
    expect(efficacy("Efficacy against symptomatic infection was 70%.", "70%")).toBe("efficacy:symptomatic");
    expect(efficacy("The booster lowered infections by 40%.", "40%")).toBe("efficacy:infection");
  });

  test("not: a share, a move or a cut of something no trial measures", () => {
    expect(efficacy("Shares rose 4.2% in London trading.", "4.2%")).toBeUndefined();
    expect(efficacy("About 61% of participants were women.", "61%")).toBeUndefined();
    expect(efficacy("Side effects were reported by 12% of those who got the shot.", "12%")).toBeUndefined();
  });
});

test("efficacyOf reads any cut by a percentage: only a story of a trial asks it (see isTrialStory)", () => {
  expect(efficacy("The firm cut costs by 12%.", "12%")).toBe("efficacy:any");
});

describe("isTrialIntake", () => {
  test("the people a trial or a study took in", () => {
    expect(intake("The Phase 3 study enrolled about 24,500 participants in 17 countries.", "24,500")).toBe(true);
    expect(intake("It cited a trial of 3,100 volunteers.", "3,100")).toBe(true);
    expect(intake("The trial involving 900 adults aged over 65 ran for a year.", "900")).toBe(true);
    expect(intake("Researchers recruited 1,200 patients with asthma.", "1,200")).toBe(true);
  });
  test("not: other counts near a trial", () => {
    expect(intake("The study enrolled people in 17 countries.", "17")).toBe(false);
    expect(intake("There were 14 deaths in the trial.", "14")).toBe(false);
    expect(intake("The trial of 40 sites cost $2 million.", "40")).toBe(false);
  });
});
