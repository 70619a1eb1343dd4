-- wrk script for bench_relay: POSTs pre-signed webhook bodies, each one once.
-- The file given after "--" has one "signature<TAB>body" per line; wrk's threads take
-- alternate lines, so no body is sent twice (the relay would take it for a duplicate).
local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

function init(args)
   lines = {}
   local n = 0
   for line in io.lines(args[1]) do
      if n % 2 == id then
         lines[#lines + 1] = line
      end
      n = n + 1
   end
   next_line = 0
end

function request()
   next_line = next_line % #lines + 1
   local signature, body = lines[next_line]:match("([^\t]+)\t(.*)")
   return wrk.format("POST", nil,
      {["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = signature}, body)
end

function done(summary, latency, requests)
   -- Machine-readable figures for bench_relay: microseconds.
   local over = 0
   for p = 99.0, 100.0, 0.01 do
      if latency:percentile(p) > 1000000 then
         over = 100.0 - p
         break
      end
   end
   io.write(string.format("FIGURES requests=%d seconds=%.3f p50=%d p99=%d over1s=%.2f errors=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
      over, summary.errors.status + summary.errors.connect + summary.errors.read
         + summary.errors.write + summary.errors.timeout))
end
