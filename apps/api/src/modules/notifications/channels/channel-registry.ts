import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboundChannel } from '../notification-kinds';
import type { Channel } from './channel';

/** A channel plus how it finds her address on it (in the notifying transaction). */
export interface RegisteredChannel extends Channel {
  /**
   * Their addresses on this channel now (her email, her linked LINE user id) by user id, in one query;
   * a user without one is missing from the map: nothing to send to.
   */
  addresses(manager: EntityManager, userIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

/**
 * The outbound channels of this process. Each channel's provider registers itself in its constructor
 * or `onModuleInit` (the email channel here; n2's LINE channel in `line/`), so `notify` creates a
 * delivery per registered, enabled channel she wants, and the deliver job finds the channel by name.
 */
@Injectable()
export class ChannelRegistry {
  private readonly channels = new Map<OutboundChannel, RegisteredChannel>();

  register(channel: RegisteredChannel): void {
    if (this.channels.has(channel.name)) throw new Error(`Channel ${channel.name} is registered twice`);
    this.channels.set(channel.name, channel);
  }

  get(name: OutboundChannel): RegisteredChannel | undefined {
    return this.channels.get(name);
  }

  /** Registered and enabled channels, email first. */
  enabled(): RegisteredChannel[] {
    return [...this.channels.values()].filter((channel) => channel.enabled);
  }
}
