// The baseline for the catalogue benchmark: plain pg + node:http answering the same data as the GraphQL
// catalogue query (upcoming sessions of published public courses with course, provider and seats left).
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const SQL = `
  SELECT s.id, s.title, s.venue_name, s.capacity, es.seats_left, es.childcare_seats_left, fm.first_at,
         c.id AS course_id, c.title AS course_title, c.category, o.id AS provider_id, o.name AS provider_name,
         count(*) OVER () AS total_count
    FROM sessions s
    JOIN courses c ON c.id = s.course_id
    JOIN organisations o ON o.id = c.provider_organisation_id
    JOIN enrolment_session_seats es ON es.session_id = s.id
    JOIN (SELECT session_id, min(starts_at) AS first_at FROM session_meetings GROUP BY session_id) fm ON fm.session_id = s.id
   WHERE s.status = 'scheduled' AND fm.first_at > now() AND c.status = 'published' AND c.visibility = 'public'
   ORDER BY fm.first_at, s.id
   LIMIT $1`;

http
  .createServer(async (req, res) => {
    const limit = Math.min(100, Number(new URL(req.url, 'http://x').searchParams.get('limit') ?? 20));
    const { rows } = await pool.query(SQL, [limit]);
    const body = JSON.stringify({
      data: {
        catalogue: {
          totalCount: rows.length ? Number(rows[0].total_count) : 0,
          items: rows.map((r) => ({
            firstMeetingAt: r.first_at.toISOString(),
            seatsLeft: r.seats_left,
            childcareSeatsLeft: r.childcare_seats_left,
            session: { id: r.id, title: r.title, venueName: r.venue_name, capacity: r.capacity },
            course: { id: r.course_id, title: r.course_title, category: r.category },
            provider: { id: r.provider_id, name: r.provider_name },
          })),
        },
      },
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));

// Exit normally on SIGTERM so a --cpu-prof run (BENCH_PROFILE=1) writes its profile.
process.on('SIGTERM', () => process.exit(0));
