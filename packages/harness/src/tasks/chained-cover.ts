/**
 * Jobs a chain of tools does that no one tool names: the critical points of a function are the zeros of
 * its derivative (a derivative tool, then a zeros/roots tool), the area under a curve is a definite
 * integral, the intersection points of two functions are the zeros of their difference. An irrelevance
 * request for such a job is answerable with the tools offered, so the planner never withholds it and the
 * refusal check (`scenario_irrelevance`) rejects a refusal of it.
 */

/** A tool by the words people read: its name and description. */
export interface ToolWords {
  name: string;
  description?: string;
}

const DERIVATIVE = /\b(derivatives?|differentiat\w*)\b/;
const ZEROS = /\b(zeros?|zero points?|roots?|solve[sd]?|solutions?)\b/;
const INTEGRAL = /\b(integra(?:l|ls|te|tes|tion)|area under)\b/;

/** A job and the kinds of tool that together do it. */
const CHAINS: ReadonlyArray<{ asks: RegExp; needs: readonly RegExp[] }> = [
  { asks: /\b(critical points?|extrem(?:a|um)|stationary points?|turning points?|local (?:maxim|minim)\w*)\b/, needs: [DERIVATIVE, ZEROS] },
  { asks: /\b(area (?:under|below|beneath)|definite integral|integral of|integrate)\b/, needs: [INTEGRAL] },
  {
    asks: /\b(intersection points?|points? of intersection|where (?:the )?(?:two )?(?:functions|curves|lines) (?:meet|cross|intersect))\b/,
    needs: [ZEROS],
  },
  { asks: /\b(derivative|slope of (?:the )?(?:function|curve|tangent)|rate of change of)\b/, needs: [DERIVATIVE] },
];

const wordsOf = (tool: ToolWords): string => `${tool.name.replace(/[_.-]+/g, ' ')} ${tool.description ?? ''}`.toLowerCase();

/** The chain of kinds the `offered` tools make for the job `asked` names, and the job's words. */
function coveringChain(asked: string, offered: readonly ToolWords[]): { job: string; needs: readonly RegExp[] } | undefined {
  const text = asked.replace(/[_.-]+/g, ' ').toLowerCase();
  const tools = offered.map(wordsOf);
  for (const chain of CHAINS) {
    const job = chain.asks.exec(text);
    if (job !== null && chain.needs.every((need) => tools.some((tool) => need.test(tool)))) return { job: job[0], needs: chain.needs };
  }
  return undefined;
}

/** The job `asked` names that the `offered` tools do together, or undefined ("critical points" with a derivative and a zeros tool). */
export function chainedCover(asked: string, offered: readonly ToolWords[]): string | undefined {
  return coveringChain(asked, offered)?.job;
}

/** `offered` without the tools of one kind of each chain that would do the job `asked` names (no derivative tool beside a zeros tool). */
export function withoutChain<T extends { spec: ToolWords }>(asked: string, offered: readonly T[]): T[] {
  let kept = [...offered];
  for (
    let chain = coveringChain(
      asked,
      kept.map((tool) => tool.spec),
    );
    chain !== undefined;
  ) {
    const first = chain.needs[0] as RegExp;
    kept = kept.filter((tool) => !first.test(wordsOf(tool.spec)));
    chain = coveringChain(
      asked,
      kept.map((tool) => tool.spec),
    );
  }
  return kept;
}
