-- Prints one machine-readable line after a wrk run: requests per second, p50 and p99 latency (ms),
-- and how many answers were not 2xx/3xx or failed. bench/run.sh reads it.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d failed=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, failed))
end
