import { lotteryTicket } from './lottery-ticket';

describe(lotteryTicket.name, () => {
  const session = '6f1c0f7e-7c8a-4a54-9f5e-0d2d3b1e9a10';

  it('is the same for the same application and different for others', () => {
    const a = lotteryTicket(session, '11111111-1111-4111-8111-111111111111');
    expect(a).toBe(lotteryTicket(session, '11111111-1111-4111-8111-111111111111'));
    expect(a).not.toBe(lotteryTicket(session, '22222222-2222-4222-8222-222222222222'));
    expect(a).not.toBe(
      lotteryTicket('7f1c0f7e-7c8a-4a54-9f5e-0d2d3b1e9a10', '11111111-1111-4111-8111-111111111111'),
    );
  });

  it('reads as three groups of four unambiguous characters', () => {
    expect(lotteryTicket(session, '33333333-3333-4333-8333-333333333333')).toMatch(
      /^[A-HJKMNP-RT-Z2346-9]{4}-[A-HJKMNP-RT-Z2346-9]{4}-[A-HJKMNP-RT-Z2346-9]{4}$/,
    );
  });
});
