import type { homeJa } from './home.ja';
import type { Translation } from './translation';

export const homeEn: Translation<typeof homeJa> = {
  landing: {
    title: 'Learning and connections for your career',
    lead: 'Tsunagu brings together the seminars, mentoring and start-up consultations that cities and companies run to support women’s active participation.',
    points: {
      seminars: 'Apply for leadership and start-up seminars from your phone.',
      mentoring: 'Talk to a mentor about your career or your business idea.',
      companies: 'Partner companies share programmes and support their employees’ learning.',
    },
    signIn: 'Sign in',
    signUp: 'Sign up (free)',
  },
  home: {
    greeting: 'Hello, {name}',
    membershipsTitle: 'Organisations and roles',
    membershipsEmpty: 'You do not belong to any organisation yet.',
    learner: {
      seminarsTitle: 'My seminars',
      seminarsEmpty: 'You have not applied for any seminars yet.',
      catalogue: 'Find seminars',
      consultationsTitle: 'Consultation bookings',
      consultationsEmpty:
        'Booking a consultation with a mentor about your career or business is coming soon. You will book here once it is ready.',
    },
    company: {
      programmesTitle: 'Our programmes',
      programmesEmpty: 'Sharing programmes in a company group is coming soon.',
      participationTitle: 'Employee participation',
      participationEmpty:
        'Seeing your employees’ participation (only what they consent to share) is coming soon.',
    },
    mentor: {
      bookingsTitle: 'Upcoming consultations',
      bookingsEmpty:
        'Taking consultation bookings is coming soon. Your bookings will appear here once it is ready.',
      availabilityTitle: 'Availability',
      availabilityEmpty: 'Publishing the times you are available for consultations is coming soon.',
    },
    staff: {
      tasksTitle: 'Today’s tasks',
      tasksEmpty: 'A daily overview of check-ins and deadlines is coming soon.',
      planTitle: 'Yearly plan',
      planEmpty: 'Managing the yearly plan and KPIs (targets and results) is coming soon.',
    },
  },
  learnerHome: {
    completedTitle: 'Completed seminars',
    certificateReady: 'Certificate issued',
    certificateLink: 'See your certificates (My seminars)',
  },
  staffHome: {
    catalogueTitle: 'Seminars',
    catalogueLead: 'See every seminar open for registration.',
  },
};
