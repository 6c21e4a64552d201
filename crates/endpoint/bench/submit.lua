-- wrk script: POST /v1/host-interest with a unique idempotency key per request and
-- count the 201s (accepted submissions). AVAILABLE_FROM (YYYY-MM-DD) comes from the
-- environment. Used by run.sh; prints one JSON line.
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  created = 0
  counter = 0
  prefix = string.format("wrk-%d-%d-", os.time(), id)
  template = '{"schema_version":1,"name":"Олена Коваленко","email":"olena@example.nl",'
    .. '"phone":"+380 67 123 4567","municipality":"GM0034","place":"Almere","capacity":3,'
    .. '"rooms":2,"separate_room_with_door":true,"pets_accepted":false,'
    .. '"stairs_or_bunk_beds_only":false,"remote_location_own_transport_needed":false,'
    .. '"available_from":"' .. os.getenv("AVAILABLE_FROM") .. '","duration":"unsure",'
    .. '"languages":["uk","nl"],"note":"Bench","consent_contact_now":true,'
    .. '"consent_keep_for_future":false,"website":"","fill_ms":30000,"idempotency_key":"KEY"}'
end

function request()
  counter = counter + 1
  local body = template:gsub("KEY", prefix .. counter)
  return wrk.format("POST", "/v1/host-interest", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("created")
  end
  local secs = summary.duration / 1e6
  io.write(string.format(
    '{"seconds":%.1f,"requests":%d,"created":%d,"created_per_s":%.1f,"requests_per_s":%.1f,'
      .. '"p50_ms":%.2f,"p99_ms":%.2f,"socket_errors":%d,"non_2xx":%d}\n',
    secs, summary.requests, total, total / secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
