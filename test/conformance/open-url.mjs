/**
 * A stand-in browser for `inftool agent --oauth-login --oauth-open`: it follows the sign-in URL and
 * its redirects (the conformance suite's authorization server approves at once), which brings the
 * code back to the agent's loopback listener. An agent that gave up meanwhile is not its concern.
 */
try {
  const response = await fetch(process.argv[2]);
  await response.text();
} catch {
  // the agent has stopped listening
}
