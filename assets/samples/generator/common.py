"""Shared building blocks for the bundled Trajectory Studio samples.

Everything here is plain Python 3.11 (no extra packages). The helpers build the canonical
``trajectory-studio/v1`` structures and format tool responses the way the Tongyi DeepResearch /
WebDancer tools print them, so the samples look like the real trajectories the studio imports.
"""

from __future__ import annotations

import random

SCHEMA = "trajectory-studio/v1"

SYSTEM_PROMPT = (
    "You are a Web Information Seeking Master. Your task is to thoroughly seek the internet for "
    "information and provide accurate answers to questions. No matter how complex the query, you will "
    "not give up until you find the corresponding information.\n\n"
    "As you proceed, adhere to the following principles:\n\n"
    "1. **Persistent Actions for Answers**: You will engage in many interactions, delving deeply into the "
    "topic to explore all possible aspects until a satisfactory answer is found.\n\n"
    "2. **Repeated Verification**: Before presenting a Final Answer, you will **cross-check** and "
    "**validate the information** you've gathered to confirm its accuracy and reliability.\n\n"
    "3. **Attention to Detail**: You will carefully analyze each information source to ensure that all "
    "data is current, relevant, and from credible origins.\n"
    "Current date: 2025-03-15"
)

# ----------------------------------------------------------------------------- tools

SEARCH = {
    "name": "search",
    "description": "Performs batched web searches: supply an array 'query'; the tool retrieves the top 10 "
                   "results for each query in one call.",
    "parameters": {
        "type": "object",
        "properties": {
            "query": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Array of query strings. Include multiple complementary search queries in a "
                               "single call.",
            }
        },
        "required": ["query"],
    },
}

VISIT = {
    "name": "visit",
    "description": "Visit webpage(s) and return the summary of the content.",
    "parameters": {
        "type": "object",
        "properties": {
            "url": {
                "type": "array",
                "items": {"type": "string"},
                "description": "The URL(s) of the webpage(s) to visit. Can be a single URL or an array of URLs.",
            },
            "goal": {"type": "string", "description": "The specific information goal for visiting webpage(s)."},
        },
        "required": ["url", "goal"],
    },
}

SCHOLAR = {
    "name": "google_scholar",
    "description": "Leverage Google Scholar to retrieve relevant information from academic publications. "
                   "Accepts multiple queries.",
    "parameters": {
        "type": "object",
        "properties": {
            "query": {
                "type": "array",
                "items": {"type": "string"},
                "description": "The list of search queries for Google Scholar.",
            }
        },
        "required": ["query"],
    },
}

PYTHON = {
    "name": "PythonInterpreter",
    "description": "Executes Python code in a sandboxed environment. The code must be enclosed in "
                   "<code></code> tags and print() every value you want to see; results are returned as "
                   "stdout.",
    "parameters": {
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "The Python code to execute, wrapped in <code></code>."}
        },
        "required": ["code"],
    },
}

PARSE_FILE = {
    "name": "parse_file",
    "description": "Parse user-uploaded local files such as PDF, DOCX, PPTX, TXT, CSV, XLSX, DOC, ZIP, "
                   "MP4, MP3 and return their text content.",
    "parameters": {
        "type": "object",
        "properties": {
            "files": {
                "type": "array",
                "items": {"type": "string"},
                "description": "The file names of the user-uploaded files to parse.",
            }
        },
        "required": ["files"],
    },
}

WEB_TOOLS = [SEARCH, VISIT]
WEB_PY_TOOLS = [SEARCH, VISIT, PYTHON]
ALL_TOOLS = [SEARCH, VISIT, SCHOLAR, PYTHON, PARSE_FILE]
RESEARCH_TOOLS = [SEARCH, VISIT, SCHOLAR, PYTHON]

# ----------------------------------------------------------------------------- actions


def calls(*pairs):
    """A tool_calls action; each pair is (name, arguments). Call ids are c1, c2, ..."""
    return {
        "type": "tool_calls",
        "calls": [{"id": f"c{i}", "name": name, "arguments": args} for i, (name, args) in enumerate(pairs, 1)],
    }


def search(*queries):
    return calls(("search", {"query": list(queries)}))


def visit(urls, goal):
    if isinstance(urls, str):
        urls = [urls]
    return calls(("visit", {"url": list(urls), "goal": goal}))


def scholar(*queries):
    return calls(("google_scholar", {"query": list(queries)}))


def python(code):
    return calls(("PythonInterpreter", {"code": "<code>\n" + code.strip("\n") + "\n</code>"}))


def parse_file(*files):
    return calls(("parse_file", {"files": list(files)}))


def answer(text):
    return {"type": "answer", "text": text}


def plan(text):
    return {"type": "plan", "text": text}


def cand(thought, action):
    return {"thought": thought, "action": action}


# ----------------------------------------------------------------------------- observations


def search_obs(*blocks):
    """Each block is (query, [results]); a result is (title, url, snippet) or (title, url, snippet, date)."""
    parts = []
    for query, results in blocks:
        lines = [f"A Google search for '{query}' found {len(results)} results:\n\n## Web Results"]
        items = []
        for i, result in enumerate(results, 1):
            title, url, snippet = result[0], result[1], result[2]
            date = result[3] if len(result) > 3 else None
            item = f"{i}. [{title}]({url})\n"
            if date:
                item += f"Date published: {date}\n"
            item += f"\n{snippet}"
            items.append(item)
        parts.append(lines[0] + "\n" + "\n\n".join(items))
    return "\n=======\n".join(parts)


def visit_obs(*pages):
    """Each page is (url, goal, evidence, summary)."""
    parts = []
    for url, goal, evidence, summary in pages:
        parts.append(
            f"The useful information in {url} for user goal {goal} as follows: \n\n"
            f"Evidence in page: \n{evidence.strip()}\n\nSummary: \n{summary.strip()}\n"
        )
    return "\n=======\n".join(parts)


def scholar_obs(*blocks):
    """Each block is (query, [results]); a result is (title, url, venue_line, year, cited_by, snippet)."""
    parts = []
    for query, results in blocks:
        items = []
        for i, (title, url, venue, year, cited, snippet) in enumerate(results, 1):
            items.append(
                f"{i}. [{title}]({url})\npublicationInfo: {venue}\nYear: {year}\nCited by: {cited}\n\n{snippet}"
            )
        parts.append(
            f"A Google scholar for '{query}' found {len(results)} results:\n\n## Scholar Results\n"
            + "\n\n".join(items)
        )
    return "\n=======\n".join(parts)


def python_obs(stdout):
    return "stdout:\n" + stdout.strip("\n") + "\n"


# ----------------------------------------------------------------------------- samples


def sample(kind, sid, question, steps, judgment, *, answer_text=None, system=None, tools=None,
           knowledge=None, metadata=None):
    record = {"schema": SCHEMA, "id": sid, "kind": kind, "question": question}
    if answer_text is not None:
        record["answer"] = answer_text
    if system is not None:
        record["system"] = system
    if tools:
        record["tools"] = tools
    if knowledge:
        record["knowledge"] = knowledge
    record["steps"] = steps
    record["judgment"] = judgment
    if metadata:
        record["metadata"] = metadata
    return record


def step(thought, action, observation=None):
    result = {"thought": thought, "action": action}
    if observation is not None:
        result["observation"] = observation
    return result


def decision(sid, index, chosen, alternatives, observation=None):
    """A HAS step: the original action ``chosen`` plus generated ``alternatives``, shuffled with a seed
    derived from the sample id and step number (so a rebuild gives byte-identical files)."""
    options = [chosen] + list(alternatives)
    order = list(range(len(options)))
    random.Random(f"{sid}/{index}").shuffle(order)
    shuffled = [options[i] for i in order]
    result = {"candidates": shuffled, "chosen": order.index(0)}
    if observation is not None:
        result["observation"] = observation
    return result


def has_steps(sid, specs):
    """specs: list of (chosen, alternatives, observation-or-None)."""
    return [decision(sid, i, chosen, alts, obs) for i, (chosen, alts, obs) in enumerate(specs, 1)]
