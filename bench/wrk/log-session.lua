-- Logs a session (POST /journal) as one runner, over and over: bench/run.sh sets COOKIE, CSRF, EXERCISE
-- (an exercise id) and DATE (today) in the environment. Counts the answers by status in each thread and
-- prints them after the usual RESULT line, so the run can compare the 302s with the sessions stored.
local cookie, csrf, exercise = os.getenv("COOKIE"), os.getenv("CSRF"), os.getenv("EXERCISE")
local date = os.getenv("DATE")
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  wrk.method = "POST"
  wrk.headers["Cookie"] = cookie
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.body = "_csrf=" .. csrf .. "&date=" .. date .. "&effort=5&painDuring=1&notes=bench"
    .. "&sets%5B0%5D.exercise=" .. exercise .. "&sets%5B0%5D.amount=12&sets%5B0%5D.side=BOTH"
  redirected, other = 0, 0
end

response = function(status, headers, body)
  if status == 302 then redirected = redirected + 1 else other = other + 1 end
end

done = function(summary, latency, requests)
  local r, o = 0, 0
  for _, thread in ipairs(threads) do
    r = r + thread:get("redirected")
    o = o + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d failed=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, failed + o))
  io.write(string.format("STATUS 302=%d other=%d\n", r, o))
end
