import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Locale } from '@tsunagu/shared/domain';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { alignByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { NotFoundError } from '../../core/graphql/errors';
import { UserEntity } from './user.entity';

/** Reads and updates users. Other modules use this service, never the repository. */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async me(principal: Principal): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: principal.userId });
    if (!user) throw new NotFoundError();
    return user;
  }

  /** The user or null, for a module acting without a request (the notifications module's deliveries). */
  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  /** Batched by id through the request's DataLoader. */
  load(loaders: DataLoaderRegistry, id: string): Promise<UserEntity> {
    return loaders
      .get<string, UserEntity>('userById', async (ids) =>
        alignByKey(
          ids,
          await this.users.findBy({ id: In([...ids]) }),
          (u) => u.id,
          () => new NotFoundError(),
        ),
      )
      .load(id);
  }

  async updatePreferredLocale(principal: Principal, locale: Locale): Promise<UserEntity> {
    await this.users.update({ id: principal.userId }, { preferredLocale: locale });
    return this.me(principal);
  }
}
